#ifndef SOP_CLIBPQ_SHIM_H
#define SOP_CLIBPQ_SHIM_H
#include <libpq-fe.h>
#endif
