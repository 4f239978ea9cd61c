"""email policies (pydive's subset): objects carrying the options of parsing and writing.
Only their attributes and clone() are provided; header folding and refolding are not."""

__all__ = ["Compat32", "compat32", "Policy", "EmailPolicy", "default", "strict", "SMTP",
           "SMTPUTF8", "HTTP"]


class Policy:
    """Options as attributes; clone(**changes) makes a changed copy (policies are
    immutable)."""

    raise_on_defect = False
    linesep = "\n"
    cte_type = "8bit"
    max_line_length = 78
    mangle_from_ = False
    message_factory = None
    verify_generated_headers = True

    def __init__(self, **kw):
        for name, value in kw.items():
            if not hasattr(self, name):
                raise TypeError("%r is an invalid keyword argument for %s"
                                % (name, type(self).__name__))
            object.__setattr__(self, name, value)

    def clone(self, **kw):
        new = object.__new__(type(self))
        new.__dict__.update(self.__dict__)
        Policy.__init__(new, **kw)
        return new

    def __setattr__(self, name, value):
        if hasattr(self, name):
            raise AttributeError("%r object attribute %r is read-only"
                                 % (type(self).__name__, name))
        raise AttributeError("%r object has no attribute %r" % (type(self).__name__, name))

    def __add__(self, other):
        return self.clone(**other.__dict__)

    def __repr__(self):
        args = ["%s=%r" % kv for kv in self.__dict__.items()]
        return "%s(%s)" % (type(self).__name__, ", ".join(args))


class Compat32(Policy):
    mangle_from_ = True


class EmailPolicy(Policy):
    utf8 = False
    refold_source = "long"
    header_factory = None
    content_manager = None

    def __init__(self, **kw):
        if "message_factory" not in kw and "message_factory" not in type(self).__dict__:
            from email.message import EmailMessage
            kw["message_factory"] = EmailMessage
        Policy.__init__(self, **kw)


compat32 = Compat32()
default = EmailPolicy()
strict = default.clone(raise_on_defect=True)
SMTP = default.clone(linesep="\r\n")
SMTPUTF8 = SMTP.clone(utf8=True)
HTTP = default.clone(linesep="\r\n", max_line_length=None)
