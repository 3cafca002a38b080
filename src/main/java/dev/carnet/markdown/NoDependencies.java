package dev.carnet.markdown;

import com.vladsch.flexmark.util.dependency.Dependent;
import java.util.Set;

/** A flexmark factory that needs to run neither before nor after any other, on one document. */
abstract class NoDependencies implements Dependent {
    @Override
    public final Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    public final Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    public final boolean affectsGlobalScope() {
        return false;
    }
}
