import sys

from ficlens.cli import main

sys.exit(main())
