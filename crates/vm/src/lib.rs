//! pydive's virtual machine: runs CPython 3.12 code objects on frames with real value stacks.
