"""Charts (matplotlib embedded in Qt, no pyplot). Import only from lazily built pages."""
