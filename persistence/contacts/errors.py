"""The one error the contact readers raise: its message says, for the user, why the file cannot
be imported. Nothing is imported from such a file."""


class ContactFileError(Exception):
    pass
