# complex numbers
z = 3 + 4j
print(z, repr(z), z.real, z.imag, abs(z), z.conjugate())
print(z + 1, z * 2j, z / (1 - 1j), z - z, z ** 2, -z)
print(complex(1, 2), complex("1+2j"), complex(2), 1j * 1j, 0j, -0j)
print(complex(1.5, -0.0), complex(0, 1e20), (1 + 2j) == complex(1, 2))
print(format(z, ".2f"), f"{1.5-2.25j}", str(1j), repr(-1j))
