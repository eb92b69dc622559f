"""pbgdpl: offline PBGDPL logbook, roster and reporting for Vietnamese communes."""

APP_NAME = "pbgdpl"
APP_DISPLAY_NAME = "PBGDPL"
ORG_NAME = "pbgdpl"
__version__ = "0.1.0"
