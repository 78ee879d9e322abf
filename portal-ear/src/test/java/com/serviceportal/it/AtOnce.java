package com.serviceportal.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** The same work started on many threads at the same moment, as many people pressing a button together. */
public final class AtOnce {

    private AtOnce() {}

    /** Starts {@code people} runs of the work on the threads, each waiting until all are ready. */
    public static <T> List<Future<T>> start(ExecutorService threads, int people, Callable<T> work) {
        CountDownLatch ready = new CountDownLatch(people);
        List<Future<T>> results = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            results.add(threads.submit(() -> {
                ready.countDown();
                ready.await();
                return work.call();
            }));
        }
        return results;
    }
}
