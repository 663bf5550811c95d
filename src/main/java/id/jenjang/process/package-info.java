/**
 * Small shared process plumbing: typed variable accessors and the form validation error that keeps a task
 * open. Engine-specific code stays here and in delegates, so a move to Operaton stays mechanical.
 */
package id.jenjang.process;
