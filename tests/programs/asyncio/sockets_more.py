# Low-level sock_* coroutines and the socket transport: sock_sendall/sock_recv (within the
# socket buffer: pydive does not yet wake a writer parked on a full socketpair),
# accept/connect on a listening socket, add/remove_reader results, transport
# write/writelines/write_eof errors, pause/resume_reading, serve_forever cancelled.
import asyncio
import socket


async def low_level():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    big = b'x' * 100_000
    sender = asyncio.ensure_future(loop.sock_sendall(a, big))
    got = 0
    while got < len(big):
        got += len(await loop.sock_recv(b, 65536))
    print('sendall done:', await sender, got)
    reader = asyncio.ensure_future(loop.sock_recv(b, 10))
    await asyncio.sleep(0)
    await loop.sock_sendall(a, b'hello')
    print('recv:', await reader)
    print('remove_reader none:', loop.remove_reader(b))
    loop.add_reader(b, print, 'never')
    print('remove_reader:', loop.remove_reader(b), loop.remove_reader(b.fileno()))
    loop.add_writer(a, print, 'never')
    print('remove_writer:', loop.remove_writer(a))
    for bad in ('x', -1):
        try:
            loop.add_reader(bad, print)
        except ValueError as e:
            print('bad fd:', e)
    a.close()
    b.close()

    lsock = socket.socket()
    lsock.bind(('127.0.0.1', 0))
    lsock.listen()
    lsock.setblocking(False)
    accepting = asyncio.ensure_future(loop.sock_accept(lsock))
    csock = socket.socket()
    csock.setblocking(False)
    await loop.sock_connect(csock, lsock.getsockname())
    conn, addr = await accepting
    print('accepted:', conn.gettimeout(), addr == csock.getsockname())
    await loop.sock_sendall(conn, b'ping')
    print('client got:', await loop.sock_recv(csock, 100))
    for s in (conn, csock, lsock):
        s.close()


class Proto(asyncio.Protocol):
    def connection_made(self, transport):
        self.t = transport
        print('made', type(transport).__name__)

    def data_received(self, data):
        print('data', data)

    def eof_received(self):
        print('eof')

    def connection_lost(self, exc):
        print('lost', exc)


async def transports():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(asyncio.Protocol, '127.0.0.1', 0)
    print('serving:', server.is_serving(), len(server.sockets))
    port = server.sockets[0].getsockname()[1]
    tr, pr = await loop.create_connection(Proto, '127.0.0.1', port)
    print(tr.is_reading(), tr.get_write_buffer_size(), tr.can_write_eof())
    tr.pause_reading()
    print('paused', tr.is_reading())
    tr.resume_reading()
    print('resumed', tr.is_reading())
    try:
        tr.write('text')
    except TypeError as e:
        print(e)
    tr.write(b'')
    tr.writelines([b'a', b'b'])
    tr.write_eof()
    try:
        tr.write(b'more')
    except RuntimeError as e:
        print(e)
    print(tr.get_extra_info('nothing', 'default'), tr.get_protocol() is pr)
    tr.close()
    print('closing', tr.is_closing())
    await asyncio.sleep(0.05)
    forever = asyncio.ensure_future(server.serve_forever())
    await asyncio.sleep(0)
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print('twice:', str(e).split(' is ')[1])
    forever.cancel()
    try:
        await forever
    except asyncio.CancelledError:
        print('serve_forever cancelled; serving:', server.is_serving(), server.sockets)
    await server.wait_closed()
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print('closed:', str(e).split(' is ')[1])


asyncio.run(low_level())
asyncio.run(transports())
