// A stand-in for `netlab --map-worker` in tst_mapjob: the same protocol,
// without the GUI application around it.
#include "mapjob.h"

#include <QTextStream>

#include <cstdio>

int main()
{
    QTextStream in(stdin);
    QTextStream out(stdout);
    return MapJob::runWorker(in, out);
}
