//! `madoguchi catalog`: list and show the procedure catalogue.
