# sock_sendall parked on a full socketpair finishes once the peer reads (its retries send
# memoryview slices); sock.send of a memoryview.
import asyncio, socket


async def drain(loop, sock, total):
    got = 0
    while got < total:
        chunk = await loop.sock_recv(sock, 65536)
        if not chunk:
            break
        got += len(chunk)
    return got


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    for kind in (bytes, bytearray, memoryview):
        data = kind(b'x' * (2 * 1024 * 1024))
        send = asyncio.ensure_future(loop.sock_sendall(a, data))
        await asyncio.sleep(0)
        print(kind.__name__, 'parked:', not send.done())
        got = await drain(loop, b, len(data))
        print(kind.__name__, 'received', got, 'result', await send)
    print('send memoryview:', a.send(memoryview(b'abcdef')[2:]))
    print(await loop.sock_recv(b, 100))
    a.close()
    b.close()


asyncio.run(main())
