/**
 * The wire layer: the Retrofit interface, wire DTOs, interceptors, the token cache and the upload
 * batcher. Not API: anything here may change in any release.
 */
package io.github.cheetahoptimove.cheetah.internal;
