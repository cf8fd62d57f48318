//! `madoguchi keygen` and `madoguchi preapp encode|decode`.
