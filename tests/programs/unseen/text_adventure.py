"""A tiny state machine reading commands from stdin (input() returns "" at EOF -> EOFError)."""
import io
import sys

ROOMS = {
    "hall": {"desc": "A long hall.", "exits": {"north": "kitchen", "east": "study"}, "items": ["lamp"]},
    "kitchen": {"desc": "Smells of bread.", "exits": {"south": "hall"}, "items": ["knife", "bread"]},
    "study": {"desc": "Books everywhere.", "exits": {"west": "hall"}, "items": []},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0

    def do(self, line):
        verb, _, arg = line.strip().partition(" ")
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            print(f"I don't know how to {verb!r}.")
            return True
        self.moves += 1
        return handler(arg)

    def cmd_look(self, _):
        r = ROOMS[self.room]
        print(r["desc"], "Exits:", ", ".join(sorted(r["exits"])), "Items:", r["items"] or "none")
        return True

    def cmd_go(self, direction):
        try:
            self.room = ROOMS[self.room]["exits"][direction]
        except KeyError as e:
            print("You can't go", e)
        else:
            print("You are in the", self.room)
        return True

    def cmd_take(self, item):
        items = ROOMS[self.room]["items"]
        if item in items:
            items.remove(item)
            self.inventory.append(item)
            print("Taken:", item)
        else:
            print("No", item, "here")
        return True

    def cmd_inv(self, _):
        print("You carry:", *self.inventory, sep=" | ")
        return True

    def cmd_quit(self, _):
        return False


try:
    input("real stdin is empty: ")
except EOFError as e:
    print("EOFError", repr(e))
sys.stdin = io.StringIO("look\ntake lamp\ngo north\ntake bread\ntake sword\ndance\ngo west\ninv\ngo south\ngo east\nlook\n")
game = Game()
while True:
    try:
        line = input("> ")
    except EOFError:
        print("\n(eof)")
        break
    if not game.do(line):
        break
print("moves:", game.moves, file=sys.stderr)
print(f"final room {game.room}, items {game.inventory}")
sys.exit(3 if game.inventory else 0)
