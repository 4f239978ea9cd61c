"""A subset of the email package (pydive): email.message (Message, EmailMessage basics),
email.parser (Parser, HeaderParser, BytesParser for simple messages) and email.utils.

Not provided: MIME classes (email.mime), header encoding (email.header), policies other than
the default compat32-like behaviour, multipart parsing. Those raise NotImplementedError or
ImportError naming the feature.
"""

__all__ = ["message_from_string", "message_from_bytes", "message_from_file",
           "message_from_binary_file"]


def message_from_string(s, *args, **kws):
    from email.parser import Parser
    return Parser(*args, **kws).parsestr(s)


def message_from_bytes(s, *args, **kws):
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parsebytes(s)


def message_from_file(fp, *args, **kws):
    from email.parser import Parser
    return Parser(*args, **kws).parse(fp)


def message_from_binary_file(fp, *args, **kws):
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parse(fp)
