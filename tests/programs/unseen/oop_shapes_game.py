"""A small turn-based game: class hierarchy, abstract methods, __str__, random with a seed,
class attributes, staticmethods, composition and polymorphism."""
import random
from abc import ABC, abstractmethod


class Entity(ABC):
    count = 0

    def __init__(self, name, hp):
        self.name = name
        self.hp = hp
        self.max_hp = hp
        Entity.count += 1

    @property
    def alive(self):
        return self.hp > 0

    @abstractmethod
    def act(self, other, rng):
        raise NotImplementedError

    def take(self, dmg):
        self.hp = max(0, self.hp - dmg)
        return dmg

    def __str__(self):
        bar = "#" * round(10 * self.hp / self.max_hp)
        return f"{self.name:<8}[{bar:<10}] {self.hp:3}/{self.max_hp}"


class Warrior(Entity):
    def act(self, other, rng):
        dmg = rng.randint(5, 12)
        return f"{self.name} slashes {other.name} for {other.take(dmg)}"


class Mage(Entity):
    def __init__(self, name, hp, mana=30):
        super().__init__(name, hp)
        self.mana = mana

    def act(self, other, rng):
        if self.mana >= 10:
            self.mana -= 10
            return f"{self.name} casts fire on {other.name} for {other.take(15)} (mana {self.mana})"
        self.hp = min(self.max_hp, self.hp + 5)
        self.mana += 5
        return f"{self.name} meditates"


class Healer(Mage):
    def act(self, other, rng):
        if self.hp < self.max_hp // 2:
            healed = min(10, self.max_hp - self.hp)
            self.hp += healed
            return f"{self.name} heals self by {healed}"
        return super().act(other, rng)


def battle(a, b, seed):
    rng = random.Random(seed)
    turn = 0
    while a.alive and b.alive and turn < 30:
        attacker, defender = (a, b) if turn % 2 == 0 else (b, a)
        print(f"{turn:2}: {attacker.act(defender, rng)}")
        turn += 1
    print(a)
    print(b)
    winner = a if a.alive else b
    return winner.name, turn


print(battle(Warrior("conan", 60), Mage("merlin", 45), 1))
print(battle(Healer("elara", 50), Warrior("brute", 70), 2))
print(Entity.count, Healer.__mro__[1].__name__, isinstance(Healer("x", 1), Mage))
try:
    Entity("abstract", 1)
except TypeError as e:
    print(e)
party = [Warrior("a", 10), Mage("b", 20), Healer("c", 30)]
print(sorted((type(p).__name__, p.max_hp) for p in party), [p.alive for p in party])
print({type(p).__name__: hasattr(p, "mana") for p in party})
