"""The constants of CPython's re._constants that pydive's re has (its parser and matcher
use no opcode tables): the limits, the flag values and the error class."""

from ._parser import (MAXREPEAT, MAXGROUPS, error, TEMPLATE as SRE_FLAG_TEMPLATE,
                      IGNORECASE as SRE_FLAG_IGNORECASE, LOCALE as SRE_FLAG_LOCALE,
                      MULTILINE as SRE_FLAG_MULTILINE, DOTALL as SRE_FLAG_DOTALL,
                      UNICODE as SRE_FLAG_UNICODE, VERBOSE as SRE_FLAG_VERBOSE,
                      DEBUG as SRE_FLAG_DEBUG, ASCII as SRE_FLAG_ASCII)

MAGIC = 20221023
