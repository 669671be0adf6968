"""The ``altegio`` command line (``pip install 'altegio-b2b[cli]'``): every operation of the package
from the shell, driven by the generated endpoint modules and the operation table (``_index``).

Commands are Click commands; each lives in ``commands/`` and is imported only when it runs, and
Rich is imported only to draw a table or a progress bar, so ``altegio --help`` starts fast.
"""
