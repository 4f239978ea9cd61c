# Streams: a failing client handler is reported and its connection closed, drain() raises
# the reader's error, a reader past twice its limit pauses its transport and resumes it when
# drained, two coroutines reading at once, a writer's flow control (pause/resume_writing).
import asyncio


class FakeTransport:
    def __init__(self):
        self.log = []

    def pause_reading(self):
        self.log.append('pause')

    def resume_reading(self):
        self.log.append('resume')

    def is_closing(self):
        return True


class OpenTransport(FakeTransport):
    def is_closing(self):
        return False

    def close(self):
        pass


async def handler(reader, writer):
    await reader.readline()
    raise KeyError('handler failed')


async def main():
    loop = asyncio.get_running_loop()
    reports = []
    loop.set_exception_handler(lambda lp, ctx: reports.append((ctx['message'],
                                                               repr(ctx['exception']))))
    server = await asyncio.start_server(handler, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'hi\n')
    await writer.drain()
    print('server closed us:', await reader.read(), reader.at_eof())
    print('reports:', reports)
    writer.close()
    await writer.wait_closed()
    print('closing:', writer.is_closing())
    server.close()
    await server.wait_closed()

    r = asyncio.StreamReader(limit=4)
    t = FakeTransport()
    r.set_transport(t)
    r.feed_data(b'12345678')
    r.feed_data(b'9')
    print(t.log, 'paused' in repr(r))
    print(await r.read(3), t.log)
    print(await r.read(3), t.log)
    try:
        r.set_transport(t)
    except AssertionError as e:
        print('assert:', e)

    r = asyncio.StreamReader()
    first = asyncio.ensure_future(r.read(5))
    await asyncio.sleep(0)
    try:
        await r.readline()
    except RuntimeError as e:
        print(e)
    r.feed_data(b'abc')
    print(await first)
    r.set_exception(ConnectionResetError('gone'))
    w = asyncio.StreamWriter(FakeTransport(), None, r, loop)
    try:
        await w.drain()
    except ConnectionResetError as e:
        print('drain:', e)
    for call in (r.read(), r.readline(), r.readexactly(2), r.readuntil(b'x')):
        try:
            await call
        except ConnectionResetError as e:
            print('read after error:', e)

    proto = asyncio.StreamReaderProtocol(asyncio.StreamReader(), loop=loop)
    proto.pause_writing()
    w = asyncio.StreamWriter(OpenTransport(), proto, None, loop)
    drains = [asyncio.ensure_future(w.drain()) for _ in range(2)]
    await asyncio.sleep(0)
    print('drains waiting:', [d.done() for d in drains])
    proto.resume_writing()
    await asyncio.gather(*drains)
    print('drains done:', [d.done() for d in drains])
    proto.pause_writing()
    d = asyncio.ensure_future(w.drain())
    await asyncio.sleep(0)
    proto.connection_lost(BrokenPipeError('peer went away'))
    try:
        await d
    except BrokenPipeError as e:
        print('drain lost:', e)
    try:
        await w.drain()
    except ConnectionResetError as e:
        print('drain after loss:', e)
    try:
        await w.wait_closed()
    except BrokenPipeError as e:
        print('wait_closed:', e)


asyncio.run(main())
