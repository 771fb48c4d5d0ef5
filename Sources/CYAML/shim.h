#ifndef SOP_CYAML_SHIM_H
#define SOP_CYAML_SHIM_H
#include <yaml.h>
#endif
