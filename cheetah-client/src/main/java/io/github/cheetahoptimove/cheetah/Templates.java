package io.github.cheetahoptimove.cheetah;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Email templates. Thread-safe; get it from {@link CheetahClient#templates()}.
 *
 * <pre>{@code
 * try (Stream<Template> all = client.templates().stream(FolderId.of(77))) {
 *     all.forEach(t -> System.out.println(t.id() + " " + t.name()));
 * }
 * }</pre>
 */
public final class Templates {
    /** The largest page the API serves. */
    public static final int MAX_PAGE_SIZE = 200;

    private final CheetahApi api;
    private final Calls calls;

    Templates(CheetahApi api, Calls calls) {
        this.api = api;
        this.calls = calls;
    }

    /**
     * One page of the folder's templates.
     *
     * @param page from 1
     * @param pageSize 1 to {@value #MAX_PAGE_SIZE}
     */
    Page<Template> page(FolderId folderId, int page, int pageSize) {
        if (page < 1) {
            throw new IllegalArgumentException("page counts from 1, was " + page);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be 1 to " + MAX_PAGE_SIZE + ", was " + pageSize);
        }
        Wire.PageDto<Wire.TemplateDto> dto = calls.execute(api.templates(folderId.value(), page, pageSize));
        List<Template> items = new ArrayList<>();
        if (dto.items != null) {
            dto.items.forEach(t -> items.add(WireMapping.template(t)));
        }
        return new Page<>(items, dto.page == 0 ? page : dto.page, dto.pageSize == 0 ? pageSize : dto.pageSize,
                dto.totalCount);
    }

    /** All the folder's templates, fetched a page at a time as the iteration reaches them. */
    public Iterable<Template> iterable(FolderId folderId) {
        return () -> new PagingIterator(folderId);
    }

    /** All the folder's templates as a lazy stream, fetched a page at a time. */
    public Stream<Template> stream(FolderId folderId) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new PagingIterator(folderId),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** All the folder's templates in one list. */
    public List<Template> list(FolderId folderId) {
        List<Template> all = new ArrayList<>();
        iterable(folderId).forEach(all::add);
        return all;
    }

    /**
     * The template of that id.
     *
     * @throws NotFoundException when there is none
     */
    public Template get(TemplateId id) {
        return WireMapping.template(calls.execute(api.template(id.value())));
    }

    private final class PagingIterator implements Iterator<Template> {
        private final FolderId folderId;
        private Page<Template> current;
        private int position;

        PagingIterator(FolderId folderId) {
            this.folderId = folderId;
        }

        @Override
        public boolean hasNext() {
            if (current == null) {
                current = page(folderId, 1, MAX_PAGE_SIZE);
            }
            while (position >= current.items().size()) {
                if (!current.hasNext()) {
                    return false;
                }
                current = page(folderId, current.page() + 1, MAX_PAGE_SIZE);
                position = 0;
            }
            return true;
        }

        @Override
        public Template next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.items().get(position++);
        }
    }
}
