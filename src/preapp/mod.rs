//! preapp
