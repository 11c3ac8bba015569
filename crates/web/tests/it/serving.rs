//! The connection loop over a real socket: a client that never finishes its headers is cut
//! off, and past the connection cap the next client waits until a slot is free instead of
//! taking a file descriptor.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::harness::worlds;

/// Generous bounds for the waits below: they only keep a broken server from hanging the test.
const PATIENCE: Duration = Duration::from_secs(60);

/// Starts a server with `limits`; returns its address and the stop switch.
async fn start(limits: web::Limits) -> (std::net::SocketAddr, tokio::sync::oneshot::Sender<()>) {
    let world = worlds().await.remove(0);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("address");
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let state = world.state.clone();
    tokio::spawn(async move {
        // The world (and its database file) lives as long as the server.
        let _world = world;
        web::serving::serve_with(listener, state, limits, async {
            let _ = stopped.await;
        })
        .await
        .expect("serve");
    });
    (addr, stop)
}

/// Sends the start of a request and never the blank line that ends its headers.
async fn slow_client(addr: std::net::SocketAddr) -> TcpStream {
    let mut stream = TcpStream::connect(addr).await.expect("connect");
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: 1")
        .await
        .expect("send");
    stream
}

/// Reads until the server closes the connection; returns what it sent.
async fn until_closed(stream: &mut TcpStream) -> String {
    let mut answer = Vec::new();
    tokio::time::timeout(PATIENCE, stream.read_to_end(&mut answer))
        .await
        .expect("the server should close a connection whose headers never end")
        .ok();
    String::from_utf8_lossy(&answer).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_never_finishes_its_headers_is_cut_off() {
    let (addr, _stop) = start(web::Limits {
        header_read_timeout: Duration::from_millis(500),
        ..web::Limits::default()
    })
    .await;
    let mut slow = slow_client(addr).await;
    let answer = until_closed(&mut slow).await;
    assert!(
        !answer.contains("200 OK"),
        "unfinished headers must not be served: {answer}"
    );
    // The server itself is fine.
    let mut ok = TcpStream::connect(addr).await.expect("connect");
    ok.write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .await
        .expect("send");
    let answer = until_closed(&mut ok).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn past_the_connection_cap_the_next_client_waits_for_a_free_slot() {
    let (addr, stop) = start(web::Limits {
        header_read_timeout: Duration::from_secs(3),
        max_connections: 1,
        ..web::Limits::default()
    })
    .await;
    let mut slow = slow_client(addr).await;
    // The second client connects (the kernel queues it) and sends a whole request.
    let mut next = TcpStream::connect(addr).await.expect("connect");
    next.write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .await
        .expect("send");
    let answer = until_closed(&mut next).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    // It was answered only once the slow client's connection had been closed: with one slot,
    // the server cannot have taken both at once.
    // On loopback its end of stream has arrived by now. A server without the cap would have
    // answered at once and left it open until its header deadline, seconds later, longer
    // than this wait.
    let mut rest = Vec::new();
    let closed = tokio::time::timeout(Duration::from_secs(1), slow.read_to_end(&mut rest)).await;
    assert!(
        closed.is_ok(),
        "the slow connection must be closed before the next is served"
    );
    stop.send(()).expect("stop");
}
