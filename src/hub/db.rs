//! The hub's database thread, with group commit.
//!
//! One OS thread owns the SQLite connection; async handlers send it closures
//! and await the answer, so no lock is ever held across an `.await` and the
//! tokio workers never block on disk. The thread takes every job that is
//! waiting (up to [`MAX_GROUP`]) and runs them in one transaction, each in
//! its own savepoint (a failing job rolls back alone), then commits once and
//! only then answers: with `synchronous=FULL` one fsync covers the whole
//! group, which is what lets 32 kiosks take tickets at once without waiting
//! for 32 fsyncs, and an answer still means "on disk".
//!
//! Serialising writers in one thread is also what makes ticket numbers
//! consecutive without races.
//!
//! [`Db::truncate_wal`] is the one job that runs outside a transaction
//! (a checkpoint cannot run inside one): after the group before it commits.

use std::panic::AssertUnwindSafe;
use std::sync::mpsc;

use rusqlite::Connection;
use tokio::sync::oneshot;

use crate::store::{self, StoreError};

/// Most jobs committed together.
pub const MAX_GROUP: usize = 256;

type Reply = Box<dyn FnOnce(Option<String>) + Send>;
type GroupJob = Box<dyn FnOnce(&Connection) -> (bool, Reply) + Send>;

enum Job {
    /// Runs in a savepoint of the group transaction.
    InGroup(GroupJob),
    /// Runs after the group before it committed, outside any transaction.
    Alone(Box<dyn FnOnce(&Connection) + Send>),
}

/// Handle to the database thread. Cheap to clone.
#[derive(Clone)]
pub struct Db {
    sender: mpsc::Sender<Job>,
}

impl Db {
    /// Starts the thread that owns `conn`.
    pub fn start(conn: Connection) -> Db {
        let (sender, receiver) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("hub-db".into())
            .spawn(move || run(conn, receiver))
            .expect("spawn the database thread");
        Db { sender }
    }

    /// Runs `f` in a savepoint of the next group transaction; answers after the commit.
    pub async fn call<R, F>(&self, f: F) -> store::Result<R>
    where
        R: Send + 'static,
        F: FnOnce(&Connection) -> store::Result<R> + Send + 'static,
    {
        let (tx, rx) = oneshot::channel();
        let job: GroupJob = Box::new(move |conn: &Connection| {
            let result = f(conn);
            let ok = result.is_ok();
            let reply: Reply = Box::new(move |commit_error: Option<String>| {
                let answer = match commit_error {
                    None => result,
                    Some(reason) => Err(StoreError::Unavailable(reason)),
                };
                let _ = tx.send(answer);
            });
            (ok, reply)
        });
        self.send(Job::InGroup(job), rx).await
    }

    /// Empties the write-ahead log into the database file
    /// ([`store::truncate_wal`]), after everything sent before it committed.
    pub async fn truncate_wal(&self) -> store::Result<()> {
        let (tx, rx) = oneshot::channel();
        let job = Job::Alone(Box::new(move |conn: &Connection| {
            let _ = tx.send(store::truncate_wal(conn));
        }));
        self.send(job, rx).await
    }

    async fn send<R>(
        &self,
        job: Job,
        answer: oneshot::Receiver<store::Result<R>>,
    ) -> store::Result<R> {
        self.sender
            .send(job)
            .map_err(|_| StoreError::Unavailable("database thread stopped".into()))?;
        answer
            .await
            .map_err(|_| StoreError::Unavailable("database job failed".into()))?
    }
}

fn run(mut conn: Connection, receiver: mpsc::Receiver<Job>) {
    while let Ok(first) = receiver.recv() {
        let mut jobs = Vec::new();
        let mut alone = None;
        match first {
            Job::InGroup(job) => jobs.push(job),
            Job::Alone(job) => alone = Some(job),
        }
        while alone.is_none() && jobs.len() < MAX_GROUP {
            match receiver.try_recv() {
                Ok(Job::InGroup(job)) => jobs.push(job),
                Ok(Job::Alone(job)) => alone = Some(job),
                Err(_) => break,
            }
        }
        if !jobs.is_empty() {
            run_group(&mut conn, jobs);
        }
        if let Some(job) = alone
            && std::panic::catch_unwind(AssertUnwindSafe(|| job(&conn))).is_err()
        {
            tracing::error!("database job panicked outside a transaction");
        }
    }
}

/// Runs jobs in one transaction, each in its own savepoint; answers after the commit.
fn run_group(conn: &mut Connection, jobs: Vec<GroupJob>) {
    let mut replies: Vec<Reply> = Vec::with_capacity(jobs.len());
    let mut txn = match conn.transaction() {
        Ok(txn) => txn,
        Err(e) => {
            tracing::error!(error = %e, "cannot begin a transaction");
            // Dropping the jobs drops their senders: callers get an error.
            return;
        }
    };
    for job in jobs {
        let Ok(mut savepoint) = txn.savepoint() else {
            continue;
        };
        // A panicking job must not take the thread (and the hub) with it.
        match std::panic::catch_unwind(AssertUnwindSafe(|| job(&savepoint))) {
            Ok((ok, reply)) => {
                // Dropping a savepoint rolls it back.
                let kept = if ok {
                    savepoint.commit()
                } else {
                    savepoint.rollback()
                };
                if let Err(e) = kept {
                    tracing::error!(error = %e, "savepoint failed");
                }
                replies.push(reply);
            }
            Err(_) => {
                tracing::error!("database job panicked; its changes are rolled back");
                let _ = savepoint.rollback();
            }
        }
    }
    let commit_error = txn.commit().err().map(|e| e.to_string());
    if let Some(e) = &commit_error {
        tracing::error!(error = %e, "commit failed; nothing of this group is acknowledged");
    }
    for reply in replies {
        reply(commit_error.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn failing_job_rolls_back_alone() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (x INTEGER UNIQUE)")
            .unwrap();
        let db = Db::start(conn);
        let ok = db.call(|c| Ok(c.execute("INSERT INTO t VALUES (1)", [])?));
        let bad = db.call(|c| {
            c.execute("INSERT INTO t VALUES (2)", [])?;
            c.execute("INSERT INTO t VALUES (1)", [])?;
            Ok(())
        });
        let (ok, bad) = tokio::join!(ok, bad);
        assert!(ok.is_ok() && bad.is_err());
        let panicking = db.call::<(), _>(|_| panic!("boom")).await;
        assert!(matches!(panicking, Err(StoreError::Unavailable(_))));
        let rows: Vec<i64> = db
            .call(|c| {
                Ok(c.prepare("SELECT x FROM t")?
                    .query_map([], |r| r.get(0))?
                    .collect::<Result<_, _>>()?)
            })
            .await
            .unwrap();
        assert_eq!(rows, vec![1]);
    }
}
