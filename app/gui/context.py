"""What every screen of the main window receives: paths, the GUI thread's workspace, and a factory for workers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from app.paths import AppPaths
from app.services.workspace import Workspace


@dataclass
class GuiContext:
    """Built once in bootstrap and passed to each screen: ``Screen(ctx, parent=None)``.

    ``workspace`` belongs to the GUI thread (sqlite connections are tied to their thread); background
    jobs call ``open_workspace()`` inside their ``run()`` to get a connection of their own.
    """

    paths: AppPaths
    workspace: Workspace
    open_workspace: Callable[[], Workspace]
