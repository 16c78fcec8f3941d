#pragma once

class QAbstractItemView;

// Keeps a list scrolled to its newest (last) row while rows arrive, unless
// the user has scrolled away from the end: then the view stays where the user
// put it, and follows again once they scroll back down. Call after
// setModel(); the follower lives as a child of the view and follows the model
// the view has at that moment. GUI thread.
void followNewestRows(QAbstractItemView *view);
