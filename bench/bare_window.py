"""Baseline for the startup figures: a bare PySide6 QMainWindow, started like the app.

Prints `rapport-probe first-paint` on the window's first paint event, then quits. Run it with the
same interpreter and environment as main.py (bench/startup.py does).
"""

import sys

PROBE_LINE = "rapport-probe first-paint"


def main() -> int:
    # Imported here so that bench/run.py can discover this module without loading Qt.
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QApplication, QMainWindow

    class ProbeWindow(QMainWindow):
        def __init__(self) -> None:
            super().__init__()
            self._painted = False

        def paintEvent(self, event: QPaintEvent) -> None:
            super().paintEvent(event)
            if not self._painted:
                self._painted = True
                print(PROBE_LINE, flush=True)
                QTimer.singleShot(0, QApplication.quit)

    app = QApplication(sys.argv)
    window = ProbeWindow()
    window.setWindowTitle("Rapport bench: bare window")
    window.resize(1200, 800)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
