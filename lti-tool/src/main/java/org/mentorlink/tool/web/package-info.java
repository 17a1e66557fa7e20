/**
 * Server-rendered pages. A thin resource per feature or sub-resource ({@code ContractPages}, {@code
 * SessionPages}, …) converts the posted form, calls one service, and redirects — or shows the form
 * again with its errors. Beside it a forms helper ({@code ContractForms}, …) reads and prefills the
 * form and says, in an {@code ErrorFields} table, which field each broken rule belongs to (by the
 * rule's code and attribute, never by its message). {@code Screens} supplies what every page
 * shares, for the launch of the request ({@code CurrentSession}).
 */
package org.mentorlink.tool.web;
