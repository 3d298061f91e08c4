/** Model commands: {@code train}, {@code evaluate}, {@code tune}, {@code recommend}. */
package dev.tailor.app.reco;
