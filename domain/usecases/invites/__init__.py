"""Calendar invites into meetings: the invite as plain data, names, planning, storing, reporting.

``invite`` holds what a reader (persistence's iCalendar reader) hands over; ``names`` reads the
names people and directories write; ``planning`` decides what each invite does (a new meeting, an
update, an answer, a cancellation, or nothing and why); ``storing`` writes the plans in one
transaction (and takes them back for undo); ``report`` says in one line what a plan does.
"""
