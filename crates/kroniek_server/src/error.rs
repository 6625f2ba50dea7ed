//! Errors of the server.

/// What can stop the server from starting.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The address could not be bound.
    #[error("cannot listen on {addr}: {message}")]
    Bind {
        /// The address.
        addr: String,
        /// Why.
        message: String,
    },
    /// The store could not be opened.
    #[error(transparent)]
    Store(#[from] kroniek_store::Error),
}

/// Result with the server error.
pub type Result<T, E = Error> = std::result::Result<T, E>;
