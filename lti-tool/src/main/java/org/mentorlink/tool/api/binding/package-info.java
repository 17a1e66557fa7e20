/**
 * How the API reads what it is sent: request bodies bound strictly from JSON ({@link StrictJson}:
 * exact types, known fields only, named errors), dates held to plausible windows ({@link
 * DateWindow}), paging bounded ({@link org.mentorlink.domain.shared.Paging}). Every refusal is a
 * 4xx problem with a stable code that names the field — never a 500.
 */
package org.mentorlink.tool.api.binding;
