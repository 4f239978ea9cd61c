import asyncio
import os

async def handle(reader, writer):
    data = await reader.readuntil(b"!")
    print("server read", data)
    writer.write(data[::-1])
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    path = f"/tmp/pydive-streams-unix-{os.getpid()}.sock"
    if os.path.exists(path):
        os.unlink(path)
    server = await asyncio.start_unix_server(handle, path)
    async with server:
        reader, writer = await asyncio.open_unix_connection(path)
        writer.write(b"hello!")
        print("client read", await reader.read())
        try:
            await reader.readexactly(1)
        except asyncio.IncompleteReadError as e:
            print("IncompleteReadError:", e, e.partial, e.expected)
        writer.close()
        await writer.wait_closed()
    print("server serving:", server.is_serving())
    os.unlink(path)
    print("removed:", not os.path.exists(path))

asyncio.run(main())
