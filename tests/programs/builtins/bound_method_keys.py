# Bound methods as dict keys, set members and list items: each attribute lookup makes a new
# method object, equal to the last (same __self__, same __func__) with the same hash, so a
# callback registered under `obj.method` is found and removed by another `obj.method`.
class Button:
    def __init__(self, name):
        self.name = name
    def click(self):
        return f'{self.name} clicked'
    def hover(self):
        return f'{self.name} hovered'

a, b = Button('a'), Button('b')
print(a.click == a.click, a.click != a.click, a.click is a.click, a.click == b.click,
      a.click == a.hover, hash(a.click) == hash(a.click))
print(a.click.__eq__(a.click), a.click.__ne__(a.hover), a.click.__eq__(1),
      a.click.__hash__() == hash(a.click))
handlers = {a.click: 'first', b.click: 'second'}
print(handlers[a.click], handlers[b.click], a.hover in handlers, len(handlers))
handlers[a.click] = 'replaced'
print(len(handlers), handlers[a.click])
registry = {a.click, a.click, a.hover, b.click}
print(len(registry), a.click in registry, b.hover in registry)
callbacks = [a.click, b.click, a.hover]
callbacks.remove(a.click)
print([cb() for cb in callbacks], callbacks.index(a.hover), callbacks.count(b.click))
print((a.click, 1) in {(a.click, 1): True}, {a.click: 1}.get(a.click), {a.click: 1}.get(b.click))

# The method type's slots called directly, and their errors.
import types
for call in (lambda: types.MethodType.__eq__(1, 2), lambda: types.MethodType.__reduce__(1),
             lambda: types.MethodType.__eq__(a.click), lambda: types.MethodType.__hash__(1),
             lambda: types.MethodType.__ne__(a.click, 1),
             lambda: types.MethodType.__eq__(a.click, a.click, 3),
             lambda: types.MethodType.__hash__(a.click) == hash(a.click)):
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
