//! Module objects: a name and a namespace dict.

use crate::value::DictRef;
use std::rc::Rc;

pub struct Module {
    pub name: Rc<str>,
    pub dict: DictRef,
}
