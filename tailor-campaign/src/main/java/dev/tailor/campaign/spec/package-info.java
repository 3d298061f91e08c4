/** The campaign file: YAML → validated records; every error names the file and the key path. */
package dev.tailor.campaign.spec;
