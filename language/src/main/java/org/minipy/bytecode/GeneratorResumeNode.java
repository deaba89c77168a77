package org.minipy.bytecode;

import com.oracle.truffle.api.bytecode.ContinuationResult;
import com.oracle.truffle.api.bytecode.ContinuationRootNode;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.runtime.PException;

/**
 * Resumes a generator from a loop that drives it ({@code for x in gen}). The continuation of each yield site is
 * called through its own direct call node, so the Truffle compiler can inline the generator's body into the loop;
 * {@link PGenerator#send} is the general path for everything else.
 */
@GenerateInline(false)
abstract class GeneratorResumeNode extends Node {
    /** The next value the generator yields, or null when it has finished. */
    abstract Object execute(PGenerator generator, Object sent);

    static ContinuationRootNode yieldSite(PGenerator generator) {
        ContinuationResult suspended = generator.suspended();
        return suspended == null ? null : suspended.getContinuationRootNode();
    }

    @Specialization(guards = {"cachedSite != null", "yieldSite(generator) == cachedSite"}, limit = "3")
    static Object atYieldSite(PGenerator generator, Object sent,
                    @Cached("yieldSite(generator)") ContinuationRootNode cachedSite,
                    @Cached("create(cachedSite.getCallTarget())") DirectCallNode call,
                    @Bind Node node) {
        PythonThreadState ts = org.minipy.MiniPyLanguage.getThreadState(node);
        PGenerator.enterFrame(ts, org.minipy.runtime.PythonContext.get(node).getRecursionLimit());
        ContinuationResult suspended = generator.beginResume(sent);
        ts.depth++;
        Object result;
        try {
            result = PGenerator.leaveFrameIfSuspended(ts, call.call(suspended.getFrame(), sent));
        } catch (PException e) {
            throw generator.failedResume(e);
        } finally {
            generator.endRunning();
        }
        return generator.finishResume(result);
    }

    @Specialization(replaces = "atYieldSite")
    static Object anywhere(PGenerator generator, Object sent) {
        return generator.resumeOrNull(sent);
    }
}
