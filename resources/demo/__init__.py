"""The demo workspace's cast (``cast.json``) and phrases (``chatter.json``)."""
