//! How the hub listens: HTTPS or plain HTTP, timeouts, a connection limit.
//!
//! One accept loop serves both: each connection (after its TLS handshake,
//! when there is one) is an HTTP/1 connection of hyper with
//! `header_timeout_seconds` to send its headers (the same bound covers the
//! handshake and an idle kept-alive connection). A request then has
//! `body_timeout_seconds` to deliver its whole body and
//! `request_timeout_seconds` until the answer starts; either ends it with
//! 408 `hub-error-timeout` and closes the connection. At most
//! `max_connections` are open: the next one waits in the listen backlog
//! until one closes.
//!
//! [`plan`] decides between HTTPS and plain HTTP (see `[tls] mode`): plain
//! HTTP is served on loopback, or anywhere with `insecure = true` (with a
//! warning at every start); a LAN address without either refuses to start.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, watch};

use super::error::ApiError;
use super::tls::TransportError;
use crate::config::hub::{HubConfig, ServerLimits, TlsMode};
use crate::i18n::Message;

/// What the hub serves on an address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plan {
    /// HTTPS ([`super::tls::HubTls`]).
    Tls,
    /// Plain HTTP on loopback: nothing leaves the machine.
    Plain,
    /// Plain HTTP because `insecure` asked for it: warned at every start.
    Insecure,
}

impl Plan {
    pub fn scheme(self) -> &'static str {
        match self {
            Plan::Tls => "https",
            Plan::Plain | Plan::Insecure => "http",
        }
    }
}

/// HTTPS or plain HTTP on `addr` (see the module docs).
pub fn plan(config: &HubConfig, addr: SocketAddr) -> Result<Plan, TransportError> {
    let loopback = addr.ip().is_loopback();
    let ward_certificate = config.tls.cert_chain.is_some();
    Ok(match config.tls.mode {
        TlsMode::On => Plan::Tls,
        TlsMode::Auto if ward_certificate || (!loopback && !config.insecure) => Plan::Tls,
        _ if config.insecure => Plan::Insecure,
        TlsMode::Off if !loopback => {
            return Err(TransportError(
                Message::new("hub-error-plain-on-lan").arg("addr", addr.to_string()),
            ));
        }
        _ => Plan::Plain,
    })
}

/// Serves `app` on `listener` until `closing` turns true, then lets the
/// open connections finish their requests.
pub(crate) async fn run(
    listener: TcpListener,
    app: Router,
    tls: Option<Arc<rustls::ServerConfig>>,
    limits: &ServerLimits,
    closing: watch::Receiver<bool>,
) -> std::io::Result<()> {
    let acceptor = tls.map(tokio_rustls::TlsAcceptor::from);
    let max = limits.max_connections;
    let slots = Arc::new(Semaphore::new(max as usize));
    let header_timeout = limits.header_timeout();
    let mut stop = closing.clone();
    loop {
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => slot.map_err(std::io::Error::other)?,
            _ = stop.wait_for(|c| *c) => break,
        };
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = stop.wait_for(|c| *c) => break,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            Err(error) => {
                // Out of file descriptors and the like: pause, do not spin.
                tracing::warn!(%error, "accept failed");
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let (app, acceptor, closing) = (app.clone(), acceptor.clone(), closing.clone());
        tokio::spawn(async move {
            let _slot = slot;
            match acceptor {
                None => connection(TokioIo::new(stream), app, header_timeout, closing).await,
                Some(acceptor) => {
                    match tokio::time::timeout(header_timeout, acceptor.accept(stream)).await {
                        Ok(Ok(stream)) => {
                            connection(TokioIo::new(stream), app, header_timeout, closing).await
                        }
                        Ok(Err(error)) => tracing::debug!(%error, "TLS handshake failed"),
                        Err(_) => tracing::debug!("TLS handshake timed out"),
                    }
                }
            }
        });
    }
    // Every slot back: every connection has finished.
    let _ = slots.acquire_many(max).await;
    Ok(())
}

async fn connection<I>(
    io: I,
    app: Router,
    header_timeout: Duration,
    mut closing: watch::Receiver<bool>,
) where
    I: hyper::rt::Read + hyper::rt::Write + Unpin + Send + 'static,
{
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(header_timeout);
    let serving = http.serve_connection(io, TowerToHyperService::new(app));
    tokio::pin!(serving);
    let ended = tokio::select! {
        result = serving.as_mut() => Some(result),
        _ = closing.wait_for(|c| *c) => None,
    };
    let result = match ended {
        Some(result) => result,
        None => {
            serving.as_mut().graceful_shutdown();
            serving.await
        }
    };
    if let Err(error) = result {
        tracing::debug!(%error, "connection ended");
    }
}

/// The body and whole-request deadlines of every request (see the module docs).
pub(crate) async fn deadlines(
    State(limits): State<Arc<ServerLimits>>,
    request: Request,
    next: Next,
) -> Response {
    let expired = Arc::new(AtomicBool::new(false));
    let deadline = tokio::time::Instant::now() + limits.body_timeout();
    let flag = expired.clone();
    let request = request.map(|body| {
        let chunks = futures_util::stream::unfold(Some(body.into_data_stream()), move |body| {
            let flag = flag.clone();
            async move {
                let mut body = body?;
                match tokio::time::timeout_at(deadline, body.next()).await {
                    Ok(Some(chunk)) => Some((chunk, Some(body))),
                    Ok(None) => None,
                    Err(_) => {
                        flag.store(true, Ordering::Relaxed);
                        let late = std::io::Error::new(
                            std::io::ErrorKind::TimedOut,
                            "request body too slow",
                        );
                        Some((Err(axum::Error::new(late)), None))
                    }
                }
            }
        });
        Body::from_stream(chunks)
    });
    match tokio::time::timeout(limits.request_timeout(), next.run(request)).await {
        Ok(response) if !expired.load(Ordering::Relaxed) => response,
        _ => {
            let mut response = ApiError::new(
                StatusCode::REQUEST_TIMEOUT,
                Message::new("hub-error-timeout"),
            )
            .into_response();
            // The rest of a late body may still come: do not read it as a next request.
            response.headers_mut().insert(
                header::CONNECTION,
                header::HeaderValue::from_static("close"),
            );
            response
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_only_on_loopback_or_when_insecure() {
        let lan: SocketAddr = "0.0.0.0:8750".parse().unwrap();
        let local: SocketAddr = "127.0.0.1:8750".parse().unwrap();
        let mut config = HubConfig::sample();
        assert_eq!(plan(&config, local).unwrap(), Plan::Plain);
        assert_eq!(plan(&config, lan).unwrap(), Plan::Tls);
        config.tls.mode = TlsMode::Off;
        let refused = plan(&config, lan).unwrap_err();
        assert_eq!(refused.0.key, "hub-error-plain-on-lan");
        assert_eq!(plan(&config, local).unwrap(), Plan::Plain);
        config.insecure = true;
        assert_eq!(plan(&config, lan).unwrap(), Plan::Insecure);
        config.tls.mode = TlsMode::On;
        assert_eq!(plan(&config, local).unwrap(), Plan::Tls);
        config.tls.mode = TlsMode::Auto;
        assert_eq!(plan(&config, lan).unwrap(), Plan::Insecure);
    }
}
