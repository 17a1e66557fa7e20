/**
 * Documents a person takes away as PDFs — a CPD certificate per year, a signed session record, a
 * signed contract, a person's own data — rendered from XHTML templates ({@code templates/pdf}) to
 * tagged PDF/UA with openhtmltopdf on Apache PDFBox, each carrying its verification code and the
 * public address where it can be checked.
 */
package org.mentorlink.tool.exports;
