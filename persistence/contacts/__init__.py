"""Reading contact files written by other programs: vCards, CSV and XLSX tables (LinkedIn,
Outlook, Google Contacts, any table with a header), into plain :class:`ContactCard` values."""

from persistence.contacts.columns import guess_mapping, header_key
from persistence.contacts.errors import ContactFileError
from persistence.contacts.reading import (
    MAX_FILE_BYTES,
    OpenedContacts,
    open_contact_file,
)
from persistence.contacts.tables import ContactTable, cards_from_table

__all__ = [
    "MAX_FILE_BYTES",
    "ContactFileError",
    "ContactTable",
    "OpenedContacts",
    "cards_from_table",
    "guess_mapping",
    "header_key",
    "open_contact_file",
]
