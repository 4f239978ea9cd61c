# email.policy subset: default / compat32 / SMTP / HTTP / strict, clone(), message_factory
import email
from email import policy
from email.message import EmailMessage, Message
m = email.message_from_string("Subject: hi\nTo: a@b.c\n\nbody\n", policy=policy.default)
print(type(m).__name__, m["subject"], m.get_content())
m2 = email.message_from_string("Subject: hi\n\nbody\n")
print(type(m2).__name__)
print(policy.SMTP.linesep == "\r\n", policy.default.max_line_length, policy.HTTP.max_line_length,
      policy.strict.raise_on_defect, policy.compat32.mangle_from_, policy.default.message_factory)
p = policy.default.clone(max_line_length=100)
print(p.max_line_length, policy.default.max_line_length)
try:
    p.max_line_length = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    policy.default.clone(bogus=1)
except TypeError as e:
    print("TypeError", e)
