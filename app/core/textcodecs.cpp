#include "textcodecs.h"
