#include "MemoryHints.h"
