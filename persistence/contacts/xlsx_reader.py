"""Excel workbooks (.xlsx) of contacts: the first sheet, read through openpyxl."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime

from persistence.contacts.errors import ContactFileError
from persistence.contacts.tables import ContactTable, table_from_rows


def read_xlsx(data: bytes, name: str) -> ContactTable:
    from openpyxl import load_workbook  # loaded only when a workbook is read

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as error:
        raise ContactFileError(f"{name} is not a readable Excel workbook ({error}).") from None
    except Exception as error:  # openpyxl's own errors for a damaged workbook
        raise ContactFileError(f"{name} is not a readable Excel workbook ({error}).") from None
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise ContactFileError(f"{name} has no sheet.")
        rows = [
            (number, [_cell_text(v) for v in values])
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        ]
    except ContactFileError:
        raise
    except Exception as error:
        raise ContactFileError(f"{name} could not be read to the end ({error}).") from None
    finally:
        workbook.close()
    return table_from_rows(name, rows)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a phone number typed as a number
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
