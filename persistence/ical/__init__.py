"""Reading calendar files (.ics, RFC 5545): the pieces behind ``persistence.ical_import``.

``text`` turns bytes into content lines (decoding with a fallback, unfolding in linear time,
removing control characters); ``structure`` checks nesting and the limits before any parsing;
``times`` reads start, end and recurrence safely; ``people`` reads organiser, attendees and rooms;
``events`` makes an event into a :class:`~domain.usecases.invites.invite.CalendarInvite`.
"""
