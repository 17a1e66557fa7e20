/** Server-rendered pages, one resource per feature; thin: convert, call a service, render. */
package org.mentorlink.tool.web;
