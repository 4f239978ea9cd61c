import asyncio

clients = {}
# Set once both chat lines went out: a client quits only then (a sleep before /quit left
# the outcome to the machine's speed).
said = None
said_count = 0


async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    clients[name] = writer
    await broadcast(f"* {name} joined", skip=name)
    try:
        async for line in reader:
            text = line.decode().rstrip("\n")
            if text == "/quit":
                break
            await broadcast(f"<{name}> {text}", skip=name)
            global said_count
            said_count += 1
            if said_count == 2:
                said.set()
    finally:
        del clients[name]
        writer.close()
        await writer.wait_closed()
        await broadcast(f"* {name} left", skip=None)


async def broadcast(msg, skip):
    for who, w in list(clients.items()):
        if who != skip:
            w.write((msg + "\n").encode())
            await w.drain()


async def client(port, name, lines, ready, log):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{name}\n".encode())
    await writer.drain()
    await ready.wait()
    for text in lines:
        writer.write(f"{text}\n".encode())
        await writer.drain()
    await said.wait()
    writer.write(b"/quit\n")
    await writer.drain()
    while line := await reader.readline():
        log.append((name, line.decode().rstrip()))
    writer.close()
    await writer.wait_closed()


async def main():
    global said
    said = asyncio.Event()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    ready = asyncio.Event()
    log = []
    # ann joins first, then bob (so ann is the one told "bob joined").
    tasks = []
    for n, ls in (("ann", ["hi all"]), ("bob", ["hello ann"])):
        tasks.append(asyncio.create_task(client(port, n, ls, ready, log)))
        while n not in clients:
            await asyncio.sleep(0.005)
    ready.set()
    await asyncio.gather(*tasks)
    # (Who is still connected when the other leaves depends on timing: "left" lines are
    # not printed.)
    for entry in sorted(log):
        if not entry[1].endswith(" left"):
            print(entry)
    server.close()
    await server.wait_closed()
    print("clients left:", clients)


asyncio.run(main())


async def pipeline():
    q1, q2 = asyncio.Queue(), asyncio.Queue()

    async def produce():
        for i in range(5):
            await q1.put(i)
        await q1.put(None)

    async def square():
        while (x := await q1.get()) is not None:
            await q2.put(x * x)
        await q2.put(None)

    async def collect():
        out = []
        while (x := await q2.get()) is not None:
            out.append(x)
        return out

    _, _, out = await asyncio.gather(produce(), square(), collect())
    print("pipeline:", out)

    subs = [asyncio.Queue() for _ in range(3)]

    async def subscriber(i, q):
        got = []
        while (m := await q.get()) != "end":
            got.append(m)
        return i, got

    readers = [asyncio.create_task(subscriber(i, q)) for i, q in enumerate(subs)]
    for m in ["a", "b", "end"]:
        for q in subs:
            q.put_nowait(m)
    print(await asyncio.gather(*readers))

asyncio.run(pipeline())
