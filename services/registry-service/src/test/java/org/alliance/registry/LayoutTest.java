package org.alliance.registry;

import org.alliance.testing.ServiceLayoutTests;

/** The package layout rule, on this service's production classes. */
class LayoutTest extends ServiceLayoutTests {
}
